import type { Lang } from '../lib/protocols';
import { en, type Dict } from './en';
import { ja } from './ja';

const dictionaries: Record<Lang, Dict> = { en, ja };

/**
 * The dictionary of one language, looked up by key: `t('ja')('section.fix')`.
 * Templates are functions so that each language writes its sentences whole.
 */
export function useTranslations(lang: Lang) {
  const dict = dictionaries[lang];
  return <K extends keyof Dict>(key: K): Dict[K] => dict[key];
}

export type T = ReturnType<typeof useTranslations>;
export { dictionaries };
