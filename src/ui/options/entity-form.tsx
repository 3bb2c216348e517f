/** The editor for one entity. Nothing is saved until every problem is fixed. */
import { useState } from 'preact/hooks';
import type { Entity, EntityKind } from '../../catalog/entity';
import { t } from '../../i18n/strings';
import { entityFromDraft, type EntityDraft } from './entity-draft';

interface Props {
  initial: EntityDraft;
  watchlist: readonly Entity[];
  onSave: (entity: Entity) => Promise<string | null>;
  onCancel: () => void;
}

const KIND_LABELS: Record<EntityKind, Parameters<typeof t>[0]> = {
  person: 'kindPerson',
  document: 'kindDocument',
  organisation: 'kindOrganisation',
};

export function EntityForm({ initial, watchlist, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<{ messages: string[]; blocking: boolean }>({ messages: [], blocking: false });
  // Warnings the user has seen for exactly this draft: the next submit saves anyway.
  const [acknowledged, setAcknowledged] = useState<EntityDraft | null>(null);
  const prefix = `entity-${initial.id ?? 'new'}`;
  const set = <K extends keyof EntityDraft>(field: K, value: EntityDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setAcknowledged(null);
  };
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = entityFromDraft(draft, watchlist);
    if (!result.ok) {
      setProblems({ messages: result.errors, blocking: true });
      return;
    }
    if (result.warnings.length > 0 && acknowledged !== draft) {
      setProblems({ messages: result.warnings, blocking: false });
      setAcknowledged(draft);
      return;
    }
    const error = await onSave(result.entity);
    setProblems(error === null ? { messages: [], blocking: false } : { messages: [error], blocking: true });
  };
  const saveAnyway = problems.messages.length > 0 && !problems.blocking && acknowledged === draft;

  return (
    <form class="entity-form" onSubmit={(event) => void submit(event)} aria-label={initial.label || t('entityNew')}>
      <div class="form-row">
        <label for={`${prefix}-label`}>{t('fieldLabel')}</label>
        <input id={`${prefix}-label`} name="label" type="text" value={draft.label} onInput={(event) => set('label', value(event))} required />
      </div>
      <div class="form-grid">
        <div class="form-row">
          <label for={`${prefix}-kind`}>{t('fieldKind')}</label>
          <select id={`${prefix}-kind`} name="kind" value={draft.kind} onChange={(event) => set('kind', value(event) as EntityKind)}>
            {(Object.keys(KIND_LABELS) as EntityKind[]).map((kind) => <option key={kind} value={kind}>{t(KIND_LABELS[kind])}</option>)}
          </select>
        </div>
        <div class="form-row">
          <label for={`${prefix}-colour`}>{t('fieldColour')}</label>
          <input id={`${prefix}-colour`} name="colour" type="color" value={draft.colour} onInput={(event) => set('colour', value(event))} />
        </div>
      </div>
      <div class="form-row">
        <label for={`${prefix}-role`}>{t('fieldRole')}</label>
        <input id={`${prefix}-role`} name="role" type="text" value={draft.role} onInput={(event) => set('role', value(event))} />
      </div>
      <div class="form-row">
        <label for={`${prefix}-aliases`}>{t('fieldAliases')}</label>
        <textarea id={`${prefix}-aliases`} name="aliases" rows={3} value={draft.aliases} onInput={(event) => set('aliases', value(event))} />
      </div>
      <div class="form-row">
        <label for={`${prefix}-contextual`}>{t('fieldContextualAliases')}</label>
        <textarea id={`${prefix}-contextual`} name="contextualAliases" rows={2} value={draft.contextualAliases} onInput={(event) => set('contextualAliases', value(event))} />
      </div>
      <div class="form-row">
        <label for={`${prefix}-cues`}>{t('fieldCues')}</label>
        <textarea id={`${prefix}-cues`} name="cues" rows={2} value={draft.cues} onInput={(event) => set('cues', value(event))} />
      </div>
      <fieldset class="notes-editor">
        <legend>{t('fieldNotes')}</legend>
        {draft.notes.map((note, index) => (
          <div class="note-row" key={index}>
            <textarea rows={2} aria-label={`${t('noteText')} ${index + 1}`} placeholder={t('noteText')} value={note.text}
              onInput={(event) => set('notes', draft.notes.map((n, i) => (i === index ? { ...n, text: value(event) } : n)))} />
            <input type="text" aria-label={`${t('noteSource')} ${index + 1}`} placeholder={t('noteSource')} value={note.source}
              onInput={(event) => set('notes', draft.notes.map((n, i) => (i === index ? { ...n, source: value(event) } : n)))} />
            <button type="button" class="small-button" aria-label={`${t('removeNote')} ${index + 1}`}
              onClick={() => set('notes', draft.notes.filter((_, i) => i !== index))}>×</button>
          </div>
        ))}
        <button type="button" class="small-button" onClick={() => set('notes', [...draft.notes, { text: '', source: '' }])}>{t('addNote')}</button>
      </fieldset>
      {problems.messages.length > 0 && (
        <div class={problems.blocking ? 'form-problems' : 'form-problems form-warnings'} role="alert">
          <p>{t(problems.blocking ? 'problemsHeading' : 'warningsHeading')}</p>
          <ul>{problems.messages.map((problem, index) => <li key={index}>{problem}</li>)}</ul>
        </div>
      )}
      <div class="form-actions">
        <button type="submit" class="button button-primary">{t(saveAnyway ? 'saveAnyway' : 'save')}</button>
        <button type="button" class="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
