import { useTranslation } from 'react-i18next';
import { languages } from './resources';

/** Buttons to switch between Dutch and English; each names its language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: two buttons named by aria-label; a fieldset would need a legend and its own box styles
    <div role="group" aria-label={t('language.label')} className="tp-language-switch">
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="utrecht-button utrecht-button--subtle tp-language-switch__button"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
