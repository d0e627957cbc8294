// Somali summaries of Koers letters (ADR 0164). Written without a native speaker: to be reviewed.
import type { SummaryCatalog } from '../summary.ts';

export const so: SummaryCatalog = {
  dutchName: 'Somalisch',
  dir: 'ltr',
  title: 'Soo koobid af Soomaali ah',
  disclaimer: 'Tani waa soo koobid. Warqadda Nederlandiga ah ayaa ah go’aanka rasmiga ah.',
  routes: { B1: 'waddada B1 (luqadda Nederlandiga heerka B1)', Z: 'waddada isku-filnaanshaha (waddada Z)', Onderwijs: 'waddada waxbarashada' },
  entries: {
    'intake-uitnodiging': [
      'Dowladda hoose waxay kuu casuumaysaa wada-hadal: wareysiga guud (brede intake).',
      'Ballantaadu waa {meetingDate} saacadda {meetingTime}.',
      'La xiriir dowladda hoose ka hor {respondDate} si aad ballan u qabsato.',
      'Waxaan ka hadlaynaa waxbarashadaada, shaqadaada, caafimaadkaaga, qoyskaaga iyo luqaddaada. Kadib waxaan wada samaynaynaa qorshahaaga (PIP).',
      'Ma u baahan tahay turjumaan? Noo sheeg. Ma iman kartid? Waqtiga nagu soo ogeysii.',
      'Haddii aadan imaan, waxaad helaysaa digniin. Kadib waxaa lagu ganaaxi karaa.',
    ],
    'intake-waarschuwing': [
      'Ma aadan imaan wareysiga guud, ama si ku filan uma aadan wada shaqayn.',
      'Warqaddan waa digniin qoran.',
      'Waxaad helaysaa casuumaad cusub. Ka jawaab ama imow ka hor {respondDate}.',
      'Haddii aad mar kale imaan weydo, dowladda hoose way ku ganaaxi kartaa.',
    ],
    'pip-beschikking': [
      'Dowladda hoose waxay go’aan ka gaartay qorshahaaga: PIP (qorshaha shakhsiyeed ee is-dhexgalka iyo ka-qaybgalka).',
      'Waxaad raacaysaa {route}.',
      'Waxaad leedahay {hoursPerWeek} saacadood oo cashar ah toddobaadkii.',
      'Muddada is-dhexgalkaagu waxay dhammaanaysaa {termEndDate}.',
      'Dhammaan heshiisyada waxay ku qoran yihiin warqadda Nederlandiga ah.',
      'Miyaadan ku raacsanayn? Waxaad soo gudbin kartaa diidmo (bezwaar) muddo {objectionWeeks} toddobaad gudahood ah.',
    ],
    'pip-advies': [
      'Dowladda hoose waxay ku siinaysaa talo ku saabsan qorshahaaga: PIP (qorshaha shakhsiyeed ee is-dhexgalka iyo ka-qaybgalka).',
      'Waxaan kugula talinaynaa {route}.',
      'Taladu waa {hoursPerWeek} saacadood oo cashar ah toddobaadkii.',
      'Muddada is-dhexgalkaagu waxay dhammaanaysaa {termEndDate}.',
      'Tani waa talo, ma aha go’aan. Ma diidi kartid.',
    ],
    'pip-intrekking': [
      'Dowladda hoose waxay baajinaysaa qorshahaaga (PIP) ee {issuedDate}.',
      'Laga bilaabo {withdrawnDate} qorshahan ma shaqaynayo.',
      'Haddii aad weli waajib ku tahay is-dhexgalka, waxaad helaysaa qorshe cusub.',
      'Miyaadan ku raacsanayn? Waxaad soo gudbin kartaa diidmo (bezwaar) muddo {objectionWeeks} toddobaad gudahood ah.',
    ],
    'verlenging-toegekend': [
      'Muddada is-dhexgalkaaga waa la kordhiyay {months} bilood.',
      'Hadda waxaad haysataa ilaa {termEndDate}.',
      'Qorshahaaga waxaan la jaanqaadaynaa muddada cusub, waana kala hadlaynaa.',
      'DUO ayaa go’aamisa kordhinta. Miyaadan ku raacsanayn? Waxaad DUO u gudbin kartaa diidmo lix toddobaad gudahood.',
    ],
    'verlenging-afgewezen': [
      'Muddada is-dhexgalkaaga lama kordhin.',
      'Muddadaadu waxay dhammaanaysaa {termEndDate}.',
      'Qorshahaagu wuu sii socdaa sidii lagu heshiiyay.',
      'DUO ayaa go’aamisa kordhinta. Miyaadan ku raacsanayn? Waxaad DUO u gudbin kartaa diidmo lix toddobaad gudahood.',
    ],
    'pvt-certificaat': [
      'Hambalyo! {signedDate} waxaad saxiixday bayaanka ka-qaybgalka.',
      'Waxaad ka qaybgashay kulamo wadar ahaan {hours} saacadood ah.',
      'Dowladda hoose waxay u sheegaysaa DUO.',
    ],
    'ontzorgen-teruggave': [
      'Ilaa hadda dowladda hoose waxay qayb ka mid ah biilashaada joogtada ah ka bixinaysay gargaarkaaga.',
      'Laga bilaabo {fromDate} adiga ayaa mar kale bixinaya biilashaas: {billCount} lacag-bixin.',
      'Warqadda Nederlandiga ah waxaa ku qoran biil kasta: cidda, inta iyo goorta.',
      'Samee lacag-bixin toos ah si aadan waxba u illoobin.',
      'Gargaarkaaga oo dhan ayaa mar kale lagu shubayaa koontadaada.',
    ],
    'handhaving-waarschuwing': [
      'Dowladda hoose waxay ogaatay inaadan raacin xeer ka mid ah sharciga is-dhexgalka.',
      'Warqaddan waa digniin. Hadda lagu ma ganaaxayo.',
      'La xiriir dowladda hoose ka hor {respondDate} oo sharax waxa dhacay.',
      'Haddii ay mar kale dhacdo, dowladda hoose way ku ganaaxi kartaa.',
    ],
    'handhaving-voornemen': [
      'Dowladda hoose waxay qorsheynaysaa inay ku ganaaxdo {amount}.',
      'Tani weli ma aha go’aan. Marka hore waxaad sheegi kartaa fikirkaaga.',
      'Waxaad ka jawaabi kartaa ilaa {zienswijzeDate}: qoraal ahaan ama wada-hadal.',
      'Noo sheeg sababta ay u dhacday. Soo dir caddayn haddii aad haysato.',
    ],
    'handhaving-boete': [
      'Dowladda hoose waxay kugu ganaaxaysaa {amount}.',
      'Weli waa inaad ka qaybgashaa wareysiga guud, ka hor {newDeadlineDate}.',
      'Waxaad helaysaa warqad gaar ah oo ku saabsan lacag-bixinta. Waxaad codsan kartaa qorshe lacag-bixin.',
      'Miyaadan ku raacsanayn? Waxaad soo gudbin kartaa diidmo (bezwaar) muddo {objectionWeeks} toddobaad gudahood ah.',
    ],
    'beslissing-op-bezwaar': [
      'Dowladda hoose waxay go’aan ka gaartay diidmadaada ganaaxa.',
      'Xaq baad u leedahay. Ganaaxa {revokedAmount} waa la tiray. Ma bixinaysid.',
      'Qayb ahaan xaq baad u leedahay. Ganaaxa waxaa laga dhimay {loweredFromAmount} ilaa {newAmount}.',
      'Xaq uma lihid. Ganaaxu wuxuu ahaanayaa {upheldAmount}.',
      'Dowladda hoose ma eegin nuxurka diidmadaada. Ganaaxu wuxuu ahaanayaa {inadmissibleAmount}.',
      'Miyaadan ku raacsanayn? Waxaad maxkamadda (beroep) u tagi kartaa lix toddobaad gudahood.',
    ],
  },
};
