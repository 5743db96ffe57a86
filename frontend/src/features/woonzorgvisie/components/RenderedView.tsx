import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { Loading } from '../../../shared/components/Loading';
import { useRendered } from '../api/woonzorgvisie';
import { PartsView } from './PartsView';
import { sectionLabel } from './SectionNav';

const anchor = (key: string) => `wzv-${key.replace(/[^a-z0-9_-]/gi, '-')}`;

/** The whole document as readers see it (GET /rendered): a table of contents, then chapters and sections. */
export function RenderedView({ documentId }: { documentId: number }) {
  const { t } = useTranslation('woonzorgvisie');
  const rendered = useRendered(documentId);
  if (rendered.isPending) return <Loading />;
  if (rendered.isError) return <ErrorMessage error={rendered.error} />;
  const { chapters } = rendered.data;
  return (
    <div className="tp-rendered" data-testid="rendered-document">
      <nav className="tp-toc" aria-labelledby="toc-title">
        <Heading2 id="toc-title" className="tp-toc__title">
          {t('rendered.toc')}
        </Heading2>
        {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
        <ol className="tp-toc__list" role="list">
          {chapters.map((chapter) => (
            <li key={chapter.key}>
              <a className="utrecht-link" href={`#${anchor(chapter.key)}`}>
                {sectionLabel(chapter)}
              </a>
              {chapter.sections.length > 0 && (
                // biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly
                <ol className="tp-toc__sections" role="list">
                  {chapter.sections.map((section) => (
                    <li key={section.key}>
                      <a className="utrecht-link" href={`#${anchor(section.key)}`}>
                        {sectionLabel(section)}
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <article className="tp-rendered__body">
        {chapters.map((chapter) => (
          <section key={chapter.key} aria-labelledby={anchor(chapter.key)} className="tp-rendered__chapter">
            <Heading2 id={anchor(chapter.key)}>{sectionLabel(chapter)}</Heading2>
            {chapter.sections.map((section) => (
              <section key={section.key} aria-labelledby={anchor(section.key)}>
                <Heading3 id={anchor(section.key)}>{sectionLabel(section)}</Heading3>
                {section.parts.length ? <PartsView parts={section.parts} /> : <Paragraph className="tp-muted">{t('rendered.emptySection')}</Paragraph>}
              </section>
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
