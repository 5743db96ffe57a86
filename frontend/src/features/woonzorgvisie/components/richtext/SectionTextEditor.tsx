import { Alert, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../shared/auth/me';
import { MarkdownEditor } from '../MarkdownEditor';
import { useEditorMode } from './editorMode';
import './richtext.css';

// TipTap, ProseMirror and the Markdown parser load only when someone opens the formatted view
const RichTextEditor = lazy(() => import('./RichTextEditor'));

type Props = ComponentProps<typeof MarkdownEditor>;

/**
 * The section text with a choice of view: "Opmaak" (formatted, like a word processor) or "Markdown" (the
 * stored text itself). Both edit the same Markdown. A text the formatted view cannot show unchanged stays
 * in Markdown with a message saying where, so nothing typed is ever rewritten or lost.
 */
export function SectionTextEditor(props: Props) {
  const { t } = useTranslation('richtext');
  const me = useMe();
  const [mode, setMode] = useEditorMode(me.data?.username);
  // the section whose text the formatted view could not show, and the first line it would have changed
  const [fallback, setFallback] = useState<{ id: string; excerpt: string | null } | null>(null);
  const fellBack = fallback?.id === props.id ? fallback : null;
  const rich = mode === 'rich' && !fellBack && !props.readOnly && props.catalogue !== undefined;

  const choose = (next: 'rich' | 'markdown') => {
    if (next === 'rich') setFallback(null);
    setMode(next);
  };

  return (
    <div className="tp-rt-mode" data-testid="editor-mode" data-mode={rich ? 'rich' : 'markdown'}>
      {!props.readOnly && (
        // biome-ignore lint/a11y/useSemanticElements: two toggle buttons; a fieldset would need a legend and its own box styles
        <div role="group" aria-label={t('mode.label')} className="tp-rt-switch">
          <button type="button" className="tp-rt-switch__option" aria-pressed={mode === 'rich' && !fellBack} onClick={() => choose('rich')}>
            {t('mode.rich')}
          </button>
          <button type="button" className="tp-rt-switch__option" aria-pressed={mode === 'markdown' || Boolean(fellBack)} onClick={() => choose('markdown')}>
            {t('mode.markdown')}
          </button>
        </div>
      )}
      {fellBack && mode === 'rich' && (
        <Alert type="warning" data-testid="richtext-fallback">
          <Paragraph>
            <strong>{t('mode.fallbackTitle')}. </strong>
            {fellBack.excerpt ? t('mode.fallback', { excerpt: fellBack.excerpt }) : t('mode.fallbackUnknown')}
          </Paragraph>
        </Alert>
      )}
      {rich && props.catalogue ? (
        <Suspense fallback={<p className="tp-small tp-muted">{t('mode.loading')}</p>}>
          <RichTextEditor
            key={props.id}
            id={props.id}
            value={props.value}
            onChange={props.onChange}
            onBlur={props.onBlur}
            catalogue={props.catalogue}
            invalid={props.invalid}
            describedBy={props.describedBy}
            onUnrepresentable={(excerpt) => setFallback({ id: props.id, excerpt })}
          />
        </Suspense>
      ) : (
        <MarkdownEditor {...props} />
      )}
    </div>
  );
}
