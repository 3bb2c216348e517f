import { t } from '../../i18n/strings';

export function SummarySection({ sentences }: { sentences: readonly string[] }) {
  if (sentences.length === 0) return null;
  return (
    <section class="popup-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('sectionSummary')}</h2>
      <ul class="summary-list">
        {sentences.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
