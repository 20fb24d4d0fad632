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
