// What every clock-time field shares: a text input that shows and takes 24-hour "HH:MM" (a
// browser's time input shows "01:48 PM" in an en-US locale), a numeric keypad (so "1348" is
// accepted too: the keypad has no colon), the hint, and a "Now" button that fills in the time of
// day from the app's clock. The typed text is tidied to "HH:MM" when the field is left.
import type { ButtonHTMLAttributes } from 'react';
import { clockMinutes, clockTimeOfDate, formatClockTime } from '../domain';
import { useNow } from './clock';

/** Attributes of a time input: text, numeric keypad, at most "HH:MM". */
export const timeInputProps = {
  type: 'text',
  inputMode: 'numeric',
  pattern: '[0-9]{1,2}[:.]?[0-9]{2}',
  placeholder: 'HH:MM',
  autoComplete: 'off',
  spellCheck: false,
} as const;

/** The hint under every time field. */
export const timeHint = '24-hour HH:MM, e.g. 14:30 (or 1430).';

/** Typed time text in the one format ("1348" → "13:48"); text that is not a time is kept as typed. */
export function tidyTime(text: string): string {
  const minutes = clockMinutes(text);
  return minutes === undefined ? text : formatClockTime(minutes);
}

type NowButtonProps = {
  /**
   * What the time is for, in the button's accessible name: "Now for reconstitution". Worded so the
   * name does not contain the field's own label (a search by that label finds the field only).
   */
  purpose: string;
  onNow: (time: string) => void;
  /** The time of day to use; the app's clock when omitted. */
  now?: string | undefined;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'>;

export function NowButton({ purpose, onNow, now, className, disabled, ...rest }: NowButtonProps) {
  const appNow = useNow();
  const time = now ?? (appNow ? clockTimeOfDate(appNow) : undefined);
  return (
    <button
      type="button"
      className={`now-button${className ? ` ${className}` : ''}`}
      aria-label={`Now for ${purpose}`}
      // Until the app's clock has been read (the first moments after loading) there is no "now".
      disabled={disabled || time === undefined}
      onClick={() => {
        if (time !== undefined) onNow(time);
      }}
      {...rest}
    >
      Now
    </button>
  );
}
