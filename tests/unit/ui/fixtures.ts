/** An analysis report in our own words, on the seed's events (Xi's state visit to Moscow, March 2023). */
import type { AnalysisReport } from '../../../src/analysis/types';
import type { Entity } from '../../../src/catalog/entity';

export const WATCHLIST: Entity[] = [
  { id: 'xi', label: 'Xi Jinping', kind: 'person', aliases: ['Xi Jinping'], contextualAliases: ['Xi'], cues: ['Beijing'], role: 'President of China', colour: '#d9a400', notes: [{ text: 'Head of state since 2013.', source: 'Test notes' }] },
  { id: 'putin', label: 'Vladimir Putin', kind: 'person', aliases: ['Vladimir Putin', 'Putin'], contextualAliases: [], cues: [], role: 'President of Russia', colour: '#d14b3f', notes: [] },
  { id: 'kirby', label: 'John Kirby', kind: 'person', aliases: ['John Kirby'], contextualAliases: ['Kirby'], cues: ['White House'], role: 'US National Security Council spokesman', colour: '#3f7fd1', notes: [] },
];

export const REPORT: AnalysisReport = {
  url: 'https://news.example.com/world/xi-in-moscow',
  article: { title: 'Xi arrives in Moscow for talks', byline: 'A. Reporter', siteName: 'Example News', published: '2023-03-20', lang: 'en', excerpt: null },
  summary: ['The Chinese leader began a three-day visit to Russia on Monday.', 'Washington doubted that Beijing was a neutral broker.'],
  readingMinutes: 4,
  entities: [
    { id: 'xi', label: 'Xi Jinping', count: 5, mentions: [{ text: 'Xi Jinping', sentence: 'Xi Jinping landed in Moscow on Monday.' }], summary: ['Xi Jinping called the visit a journey of peace.'] },
    { id: 'kirby', label: 'John Kirby', count: 2, mentions: [{ text: 'John Kirby', sentence: 'John Kirby spoke at the White House.' }], summary: [] },
  ],
  quotes: [
    { text: 'a journey of friendship and peace', speaker: 'Xi Jinping', speakerRole: null, speakerEntityId: 'xi', aboutEntityIds: ['xi'], cue: 'called', confidence: 0.97, sentence: 'Xi called the trip “a journey of friendship and peace”.' },
    { text: 'We do not think a ceasefire now is fair', speaker: 'John Kirby', speakerRole: 'White House spokesman', speakerEntityId: 'kirby', aboutEntityIds: ['kirby', 'xi'], cue: 'said', confidence: 0.99, sentence: '“We do not think a ceasefire now is fair,” John Kirby said.' },
    { text: 'the talks were frank', speaker: null, speakerRole: null, speakerEntityId: null, aboutEntityIds: [], cue: null, confidence: 0.3, sentence: 'Officials said “the talks were frank”.' },
    { text: 'nothing new', speaker: 'An analyst', speakerRole: null, speakerEntityId: null, aboutEntityIds: ['xi'], cue: 'said', confidence: 0.5, sentence: '“Nothing new,” an analyst said.' },
  ],
};
