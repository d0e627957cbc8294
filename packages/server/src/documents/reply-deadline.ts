// When the person must tell us they cannot come to an appointment: a few werkdagen before it, and
// only when that still leaves time after the letter arrives (ADR 0107). Pure; dates are ISO.
import { addDays, isBefore, type IsoDate } from '@koers/domain';

/** Werkdagen between the reply deadline and the appointment. */
export const REPLY_WORKDAYS_BEFORE_APPOINTMENT = 2;
/** Calendar days the person needs after the letter date (post, reading) before a reply deadline makes sense. */
export const REPLY_DAYS_AFTER_LETTER = 3;

const dayOfWeek = (date: IsoDate): number => new Date(`${date}T12:00:00Z`).getUTCDay();
const isWeekend = (date: IsoDate): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/** The werkdag `n` werkdagen before `date` (Saturdays and Sundays skipped; public holidays are not known here). */
export function workdaysBefore(date: IsoDate, n: number): IsoDate {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, -1);
    if (!isWeekend(day)) left -= 1;
  }
  return day;
}

/**
 * The reply deadline for an appointment on `appointmentOn` in a letter dated `letterOn`: strictly
 * before the appointment; null when the appointment is too close for a written reply (the letter
 * then asks the person to call).
 */
export function replyDeadline(letterOn: IsoDate, appointmentOn: IsoDate): IsoDate | null {
  const deadline = workdaysBefore(appointmentOn, REPLY_WORKDAYS_BEFORE_APPOINTMENT);
  return isBefore(deadline, addDays(letterOn, REPLY_DAYS_AFTER_LETTER)) ? null : deadline;
}
