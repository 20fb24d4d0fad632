// Month and weekday names, in calendar order, with the abbreviations news copy uses. Read by the
// date finder, name finding (a capitalised month is not a name), hovers and the colouring grammar.

export interface MonthName {
  name: string;
  /** Abbreviations with their period ("Sept."). */
  abbreviations: readonly string[];
}

export const MONTHS: readonly MonthName[] = [
  { name: 'January', abbreviations: ['Jan.'] },
  { name: 'February', abbreviations: ['Feb.'] },
  { name: 'March', abbreviations: ['Mar.'] },
  { name: 'April', abbreviations: ['Apr.'] },
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun.'] },
  { name: 'July', abbreviations: ['Jul.'] },
  { name: 'August', abbreviations: ['Aug.'] },
  { name: 'September', abbreviations: ['Sep.', 'Sept.'] },
  { name: 'October', abbreviations: ['Oct.'] },
  { name: 'November', abbreviations: ['Nov.'] },
  { name: 'December', abbreviations: ['Dec.'] },
];

/** ISO order: Monday is weekday 1. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A holiday on a fixed date (`day`), or on the `nth` weekday (ISO 1-7) of its month counted from
 * day `from` (default 1; nth -1 is the last such weekday of the month).
 */
export interface Holiday {
  /** The name as news copy writes it (capitalised). */
  name: string;
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  from?: number;
}

/** Holidays with a calendar date (US federal and widely observed ones), one record per name. */
export const HOLIDAYS: readonly Holiday[] = [
  { name: "New Year's Day", month: 1, day: 1 },
  { name: 'Martin Luther King Day', month: 1, weekday: 1, nth: 3 },
  { name: "Valentine's Day", month: 2, day: 14 },
  { name: "Presidents' Day", month: 2, weekday: 1, nth: 3 },
  { name: 'Presidents Day', month: 2, weekday: 1, nth: 3 },
  { name: "St. Patrick's Day", month: 3, day: 17 },
  { name: 'Memorial Day', month: 5, weekday: 1, nth: -1 },
  { name: 'Independence Day', month: 7, day: 4 },
  { name: 'the Fourth of July', month: 7, day: 4 },
  { name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
  { name: 'Halloween', month: 10, day: 31 },
  { name: 'Veterans Day', month: 11, day: 11 },
  { name: 'Election Day', month: 11, weekday: 2, nth: 1, from: 2 },
  { name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
  { name: 'Thanksgiving', month: 11, weekday: 4, nth: 4 },
  { name: 'Christmas Eve', month: 12, day: 24 },
  { name: 'Christmas Day', month: 12, day: 25 },
  { name: 'Christmas', month: 12, day: 25 },
  { name: "New Year's Eve", month: 12, day: 31 },
];
