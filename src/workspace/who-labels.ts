// Words for "Who is quoted": gender as the article states it and kinds of source, as the hover,
// the report, the News Sources view and the exports show them. No `vscode` import.
import { SOURCE_CATEGORIES, SourceCategory } from '../analysis/types';

/** A person's gender as the text states it; 'unstated' when it states none (or both). */
export type StatedGroup = 'female' | 'male' | 'unstated';
export const STATED_GROUPS: readonly StatedGroup[] = ['female', 'male', 'unstated'];
export const STATED_LABELS: Record<StatedGroup, string> = { female: 'Women', male: 'Men', unstated: 'Not stated' };

export const statedGroup = (gender: 'male' | 'female' | null | undefined): StatedGroup => gender ?? 'unstated';

export const KINDS: readonly SourceCategory[] = SOURCE_CATEGORIES;
export const KIND_LABELS: Record<SourceCategory, string> = {
  official: 'Official',
  expert: 'Expert',
  business: 'Business',
  advocate: 'Advocate',
  citizen: 'Citizen',
  sports: 'Sports',
  media: 'Media',
  organisation: 'Organisation',
  document: 'Document',
  anonymous: 'Anonymous',
  unknown: 'Unknown',
};
