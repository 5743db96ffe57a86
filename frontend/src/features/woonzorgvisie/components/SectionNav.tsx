import { useTranslation } from 'react-i18next';
import type { DocumentChapter, DocumentSection } from '../api/woonzorgvisie';

export type SectionState = 'comment' | 'requiredEmpty' | 'filled' | 'empty';

/** An open comment comes first, then a required section still empty, then filled or empty. */
export function stateOf(section: DocumentSection): SectionState {
  if (section.comments.some((c) => c.resolvedAt === null)) return 'comment';
  if (section.filled) return 'filled';
  return section.required ? 'requiredEmpty' : 'empty';
}

export const sectionLabel = (s: { number: string | null; title: string }) => (s.number ? `${s.number} ${s.title}` : s.title);

interface Props {
  chapters: DocumentChapter[];
  selected: string | null;
  onSelect: (key: string) => void;
}

/** The sections grouped by chapter, each with a dot for its state (the state is also text for screen readers). */
export function SectionNav({ chapters, selected, onSelect }: Props) {
  const { t } = useTranslation('woonzorgvisie');
  return (
    <nav className="tp-secnav" aria-label={t('document.sectionsNav')} data-testid="section-nav">
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
      <ol className="tp-secnav__chapters" role="list">
        {chapters.map((chapter) => (
          <li key={chapter.key}>
            <p className="tp-secnav__chapter">{sectionLabel(chapter)}</p>
            {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
            <ol className="tp-secnav__sections" role="list">
              {chapter.sections.map((section) => {
                const state = stateOf(section);
                return (
                  <li key={section.key}>
                    <button
                      type="button"
                      className="tp-secnav__item"
                      data-section={section.key}
                      data-state={state}
                      aria-current={selected === section.key ? 'true' : undefined}
                      onClick={() => onSelect(section.key)}
                    >
                      <span className={`tp-dot tp-dot--${state}`} aria-hidden="true" />
                      <span className="tp-secnav__title">{sectionLabel(section)}</span>
                      <span className="tp-visually-hidden">, {t(`sectionState.${state}`)}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <ul className="tp-legend tp-small" aria-label={t('document.legend')}>
        {(['empty', 'filled', 'requiredEmpty', 'comment'] as const).map((state) => (
          <li key={state}>
            <span className={`tp-dot tp-dot--${state}`} aria-hidden="true" /> {t(`sectionState.${state}`)}
          </li>
        ))}
      </ul>
    </nav>
  );
}
