// When the person must tell us they cannot come to an appointment: a few werkdagen before it, and
// only when that still leaves time after the letter arrives (ADR 0107). Pure; dates are ISO.
import { addDays, isBefore, workdaysBefore, type IsoDate } from '@koers/domain';

/** Werkdagen between the reply deadline and the appointment. */
export const REPLY_WORKDAYS_BEFORE_APPOINTMENT = 2;
/** Calendar days the person needs after the letter date (post, reading) before a reply deadline makes sense. */
export const REPLY_DAYS_AFTER_LETTER = 3;

/**
 * The reply deadline for an appointment on `appointmentOn` in a letter dated `letterOn`: strictly
 * before the appointment; null when the appointment is too close for a written reply (the letter
 * then asks the person to call).
 */
export function replyDeadline(letterOn: IsoDate, appointmentOn: IsoDate): IsoDate | null {
  const deadline = workdaysBefore(appointmentOn, REPLY_WORKDAYS_BEFORE_APPOINTMENT);
  return isBefore(deadline, addDays(letterOn, REPLY_DAYS_AFTER_LETTER)) ? null : deadline;
}
