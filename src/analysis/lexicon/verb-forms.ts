// The forms of the verbs that carry tense, aspect and mood rather than an act: "be", "have", "do"
// and the modals. The attribution rules build from them the sets they need ("Ann Doe was", "the
// plan has been", "he will").

/** The finite forms of "be" ("she was", "they are"). */
export const FINITE_BE: readonly string[] = ['is', 'was', 'are', 'were'];
/** Every form of "be". */
export const BE_FORMS: readonly string[] = [...FINITE_BE, 'be', 'been', 'being'];
export const HAVE_FORMS: readonly string[] = ['has', 'have', 'had'];
export const DO_FORMS: readonly string[] = ['do', 'does', 'did'];
/** The future and conditional auxiliaries ("she will", "he would"). */
export const FUTURE_AUXILIARIES: readonly string[] = ['will', 'would'];
export const MODALS: readonly string[] = [...FUTURE_AUXILIARIES, 'can', 'could', 'may', 'might', 'must', 'should'];
