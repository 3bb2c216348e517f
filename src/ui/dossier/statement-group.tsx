/**
 * One statement and its sources: the words, who each source says spoke them, and where the
 * wording differs, each other wording as a word diff (removed words struck, added ones marked).
 */
import type { StatementGroup } from '../../dossier/grouping/group-statements';
import type { PageRecord } from '../../dossier/types';
import { t } from '../../i18n/strings';
import { SourceLink } from './source-link';

export function StatementGroupView({ group }: { group: StatementGroup<PageRecord> }) {
  return (
    <article class="dossier-statement">
      <blockquote class="dossier-statement-text">“{group.text}”</blockquote>
      <p class="dossier-flags">
        <span class="dossier-source-count">{t('dossierSourceCount', group.sources.length)}</span>
        {group.wordingDiffers && <span class="dossier-flag dossier-flag-wording">{t('dossierWordingDiffers')}</span>}
        {group.attributionDiffers && <span class="dossier-flag dossier-flag-attribution">{t('dossierAttributionDiffers')}</span>}
      </p>
      <ul class="dossier-speakers">
        {group.speakers.map((speaker, index) => (
          <li key={index} data-entity={speaker.entityId ?? ''}>
            <strong>{speaker.name ?? t('dossierUnattributed')}</strong>
            {': '}
            {speaker.sources.map((page, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                <SourceLink page={page} quote={sourceTextOn(group, page)} />
              </span>
            ))}
          </li>
        ))}
      </ul>
      {group.diffs.length > 0 && (
        <div class="dossier-diffs">
          <h4>{t('dossierDiffHeading')}</h4>
          {group.diffs.map((diff, index) => (
            <p key={index} class="dossier-diff">
              {diff.parts.map((part, i) => {
                const text = i > 0 ? ` ${part.text}` : part.text;
                if (part.kind === 'removed') return <del key={i}>{text}</del>;
                if (part.kind === 'added') return <ins key={i}>{text}</ins>;
                return <span key={i}>{text}</span>;
              })}
            </p>
          ))}
        </div>
      )}
    </article>
  );
}

/** The words as this page quotes them, for the link that scrolls to them. */
function sourceTextOn(group: StatementGroup<PageRecord>, page: PageRecord): string {
  return group.sources.find((source) => source.source === page)?.text ?? group.text;
}
