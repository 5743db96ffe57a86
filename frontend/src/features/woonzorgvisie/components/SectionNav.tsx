import { useTranslation } from 'react-i18next';
import type { LocalDraft } from '../../../shared/autosave/localDrafts';
import type { DocumentChapter, DocumentSection } from '../api/woonzorgvisie';

export type SectionState = 'comment' | 'requiredEmpty' | 'filled' | 'starting' | 'requiredStarting' | 'empty';

/**
 * An open comment comes first, then filled; a section holding only the template's starting text is
 * not filled (the server says so) but not empty either: "begintekst, nog niet aangepast".
 */
export function stateOf(section: DocumentSection): SectionState {
  if (section.comments.some((c) => c.resolvedAt === null)) return 'comment';
  if (section.filled) return 'filled';
  if (section.body.trim() !== '') return section.required ? 'requiredStarting' : 'starting';
  return section.required ? 'requiredEmpty' : 'empty';
}

/** The field under which a section's local draft is kept (see SectionPane). */
export const draftField = (key: string) => `section:${key}`;

/** "fout in regel 3" from the server's message ("…, regel 3, kolom 1."); null when it names no line. */
export function lineOf(message: string | undefined): number | null {
  const match = message ? /regel (\d+)/.exec(message) : null;
  return match ? Number(match[1]) : null;
}

export const sectionLabel = (s: { number: string | null; title: string }) => (s.number ? `${s.number} ${s.title}` : s.title);

interface Props {
  chapters: DocumentChapter[];
  selected: string | null;
  onSelect: (key: string) => void;
  /** local drafts of this document by field: text typed here that the server does not hold */
  drafts?: Map<string, LocalDraft<string>>;
}

/**
 * The sections grouped by chapter, each with a dot for its state (the state is also text for screen
 * readers); a section with unsaved text says so in words ("niet opgeslagen: fout in regel 3").
 */
export function SectionNav({ chapters, selected, onSelect, drafts }: Props) {
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
                const draft = drafts?.get(draftField(section.key));
                // while typing in the open section the draft is there for a moment: only a refusal is news there
                const unsaved = draft && (selected !== section.key || draft.error) ? draft : null;
                const line = lineOf(unsaved?.error);
                return (
                  <li key={section.key}>
                    <button
                      type="button"
                      className="tp-secnav__item"
                      data-section={section.key}
                      data-state={state}
                      data-unsaved={unsaved ? (unsaved.error ? 'invalid' : 'draft') : undefined}
                      aria-current={selected === section.key ? 'true' : undefined}
                      onClick={() => onSelect(section.key)}
                    >
                      <span className={`tp-dot tp-dot--${state}`} aria-hidden="true" />
                      <span className="tp-secnav__title">{sectionLabel(section)}</span>
                      <span className="tp-visually-hidden">, {t(`sectionState.${state}`)}</span>
                      {unsaved && (
                        <span className="tp-secnav__unsaved" data-testid="section-unsaved">
                          {unsaved.error
                            ? line !== null
                              ? t('sectionState.unsavedLine', { line })
                              : t('sectionState.unsavedError')
                            : t('sectionState.unsaved')}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <ul className="tp-legend tp-small" aria-label={t('document.legend')}>
        {(['empty', 'starting', 'filled', 'requiredEmpty', 'comment'] as const).map((state) => (
          <li key={state}>
            <span className={`tp-dot tp-dot--${state}`} aria-hidden="true" /> {t(`sectionState.${state}`)}
          </li>
        ))}
      </ul>
    </nav>
  );
}
