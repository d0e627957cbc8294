// Turkish summaries of Koers letters (ADR 0164). Plain language: short sentences, one fact each.
import type { SummaryCatalog } from '../summary.ts';

export const tr: SummaryCatalog = {
  dutchName: 'Turks',
  dir: 'ltr',
  title: 'Türkçe özet',
  disclaimer: 'Bu bir özettir. Resmî karar Hollandaca mektuptur.',
  routes: { B1: 'B1 yolunu (B1 seviyesinde Hollandaca)', Z: 'kendi kendine yetme yolunu (Z yolu)', Onderwijs: 'eğitim yolunu' },
  entries: {
    'intake-uitnodiging': [
      'Belediye sizi bir görüşmeye davet ediyor: kapsamlı ön görüşme (brede intake).',
      'Randevunuz {meetingDate} tarihinde, saat {meetingTime}.',
      'Randevu almak için {respondDate} tarihinden önce belediyeyle iletişime geçin.',
      'Eğitiminiz, işiniz, sağlığınız, aileniz ve diliniz hakkında konuşuyoruz. Sonra planınızı (PIP) birlikte yapıyoruz.',
      'Tercümana ihtiyacınız var mı? Bize söyleyin. Gelemiyor musunuz? Zamanında haber verin.',
      'Gelmezseniz bir uyarı alırsınız. Ondan sonra para cezası alabilirsiniz.',
    ],
    'intake-waarschuwing': [
      'Kapsamlı ön görüşmeye gelmediniz veya yeterince iş birliği yapmadınız.',
      'Bu mektup yazılı bir uyarıdır.',
      'Yeni bir davet alacaksınız. {respondDate} tarihinden önce cevap verin veya gelin.',
      'Yine gelmezseniz belediye size para cezası verebilir.',
    ],
    'pip-beschikking': [
      'Belediye planınız hakkında karar verdi: PIP (kişisel uyum ve katılım planı).',
      '{route} izliyorsunuz.',
      'Haftada {hoursPerWeek} saat dersiniz var.',
      'Uyum süreniz {termEndDate} tarihinde bitiyor.',
      'Tüm anlaşmalar Hollandaca mektupta yazılıdır.',
      'Katılmıyor musunuz? {objectionWeeks} hafta içinde itiraz (bezwaar) edebilirsiniz.',
    ],
    'pip-advies': [
      'Belediye planınız hakkında size bir tavsiye veriyor: PIP (kişisel uyum ve katılım planı).',
      'Size {route} tavsiye ediyoruz.',
      'Tavsiye, haftada {hoursPerWeek} saat derstir.',
      'Uyum süreniz {termEndDate} tarihinde bitiyor.',
      'Bu bir tavsiyedir, karar değildir. Buna itiraz edemezsiniz.',
    ],
    'pip-intrekking': [
      'Belediye {issuedDate} tarihli planınızı (PIP) geri çekiyor.',
      '{withdrawnDate} tarihinden itibaren bu plan geçerli değildir.',
      'Hâlâ uyum yükümlülüğünüz varsa yeni bir plan alırsınız.',
      'Katılmıyor musunuz? {objectionWeeks} hafta içinde itiraz (bezwaar) edebilirsiniz.',
    ],
    'verlenging-toegekend': [
      'Uyum süreniz {months} ay uzatıldı.',
      'Artık {termEndDate} tarihine kadar vaktiniz var.',
      'Planınızı yeni süreye göre değiştiriyor ve sizinle konuşuyoruz.',
      'Uzatmaya DUO karar verir. Katılmıyor musunuz? Altı hafta içinde DUO’ya itiraz edebilirsiniz.',
    ],
    'verlenging-afgewezen': [
      'Uyum süreniz uzatılmadı.',
      'Süreniz {termEndDate} tarihinde bitiyor.',
      'Planınız anlaşıldığı gibi devam ediyor.',
      'Uzatmaya DUO karar verir. Katılmıyor musunuz? Altı hafta içinde DUO’ya itiraz edebilirsiniz.',
    ],
    'pvt-certificaat': [
      'Tebrikler! {signedDate} tarihinde katılım beyanını imzaladınız.',
      'Toplam {hours} saatlik toplantılara katıldınız.',
      'Belediye bunu DUO’ya bildirir.',
    ],
    'ontzorgen-teruggave': [
      'Şimdiye kadar belediye sabit faturalarınızın bir kısmını yardım paranızdan ödedi.',
      '{fromDate} tarihinden itibaren bu faturaları yine kendiniz ödüyorsunuz: {billCount} ödeme.',
      'Hollandaca mektupta her fatura için kime, ne kadar ve ne zaman ödeneceği yazılıdır.',
      'Hiçbir şeyi unutmamak için otomatik ödeme talimatı verin.',
      'Yardım paranızın tamamı yine kendi hesabınıza yatar.',
    ],
    'handhaving-waarschuwing': [
      'Belediye, uyum yasasının bir kuralına uymadığınızı tespit etti.',
      'Bu mektup bir uyarıdır. Şimdi para cezası almıyorsunuz.',
      '{respondDate} tarihinden önce belediyeyle iletişime geçin ve ne olduğunu anlatın.',
      'Bu tekrar olursa belediye size para cezası verebilir.',
    ],
    'handhaving-voornemen': [
      'Belediye size {amount} para cezası vermeyi planlıyor.',
      'Bu henüz bir karar değildir. Önce görüşünüzü bildirebilirsiniz.',
      '{zienswijzeDate} tarihine kadar yazılı olarak veya bir görüşmede cevap verebilirsiniz.',
      'Bunun neden olduğunu anlatın. Varsa kanıt gönderin.',
    ],
    'handhaving-boete': [
      'Belediye size {amount} para cezası veriyor.',
      'Kapsamlı ön görüşmeye yine de katılmalısınız, {newDeadlineDate} tarihinden önce.',
      'Ödeme hakkında ayrı bir mektup alacaksınız. Taksitle ödeme isteyebilirsiniz.',
      'Katılmıyor musunuz? {objectionWeeks} hafta içinde itiraz (bezwaar) edebilirsiniz.',
    ],
    'beslissing-op-bezwaar': [
      'Belediye, para cezasına yaptığınız itiraz hakkında karar verdi.',
      'Haklısınız. {revokedAmount} tutarındaki ceza iptal edildi. Bunu ödemeniz gerekmez.',
      'Kısmen haklısınız. Ceza {loweredFromAmount} tutarından {newAmount} tutarına iniyor.',
      'Haklı değilsiniz. Ceza {upheldAmount} olarak kalıyor.',
      'Belediye itirazınızı incelemedi. Ceza {inadmissibleAmount} olarak kalıyor.',
      'Katılmıyor musunuz? Altı hafta içinde mahkemeye başvurabilirsiniz (beroep).',
    ],
  },
};
