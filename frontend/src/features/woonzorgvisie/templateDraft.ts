import type { FieldError, TemplateChapter, TemplateSection } from './api/woonzorgvisie';
import { newKey, placeOf } from './text';

/** Immutable edits of a template version's chapters, for the editor. */

const swap = <T,>(items: T[], i: number, j: number): T[] => {
  if (j < 0 || j >= items.length) return items;
  const copy = [...items];
  [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  return copy;
};

export const moveChapter = (chapters: TemplateChapter[], index: number, by: -1 | 1) => swap(chapters, index, index + by);

export const removeChapter = (chapters: TemplateChapter[], index: number) => chapters.filter((_, i) => i !== index);

export const addChapter = (chapters: TemplateChapter[], title: string): TemplateChapter[] => [
  ...chapters,
  { key: newKey(title), title, numbered: true, sections: [] },
];

export const updateChapter = (chapters: TemplateChapter[], index: number, patch: Partial<Omit<TemplateChapter, 'key' | 'sections'>>) =>
  chapters.map((c, i) => (i === index ? { ...c, ...patch } : c));

const withSections = (chapters: TemplateChapter[], index: number, change: (sections: TemplateSection[]) => TemplateSection[]) =>
  chapters.map((c, i) => (i === index ? { ...c, sections: change(c.sections) } : c));

export function addSection(chapters: TemplateChapter[], index: number, title: string): { chapters: TemplateChapter[]; key: string } {
  const chapter = chapters[index]!;
  const key = newKey(title, chapter.key);
  const section: TemplateSection = { key, title, guidance: '', required: false, body: '' };
  return { chapters: withSections(chapters, index, (s) => [...s, section]), key };
}

export const moveSection = (chapters: TemplateChapter[], chapter: number, index: number, by: -1 | 1) =>
  withSections(chapters, chapter, (s) => swap(s, index, index + by));

export const removeSection = (chapters: TemplateChapter[], chapter: number, index: number) =>
  withSections(chapters, chapter, (s) => s.filter((_, i) => i !== index));

export const updateSection = (chapters: TemplateChapter[], key: string, patch: Partial<Omit<TemplateSection, 'key'>>) =>
  chapters.map((c) => (c.sections.some((s) => s.key === key) ? { ...c, sections: c.sections.map((s) => (s.key === key ? { ...s, ...patch } : s)) } : c));

export function findSection(chapters: TemplateChapter[], key: string | null) {
  for (const [ci, chapter] of chapters.entries()) {
    const si = chapter.sections.findIndex((s) => s.key === key);
    if (si >= 0) return { chapter, chapterIndex: ci, section: chapter.sections[si]!, sectionIndex: si };
  }
  return null;
}

export interface PlacedErrors {
  /** by section key */
  sections: Map<string, FieldError[]>;
  /** by chapter key, for chapter fields (an empty title) */
  chapters: Map<string, FieldError[]>;
  all: FieldError[];
}

/**
 * The 422 errors tied to the sections they name, through the chapters as they were sent: the positions
 * in "chapters[3].sections[0].body" stop meaning anything once a chapter is moved, the keys do not.
 */
export function placeErrors(errors: FieldError[], sent: TemplateChapter[]): PlacedErrors {
  const placed: PlacedErrors = { sections: new Map(), chapters: new Map(), all: errors };
  for (const error of errors) {
    const place = placeOf(error.field);
    const chapter = place ? sent[place.chapter] : undefined;
    if (!place || !chapter) continue;
    if (place.section === null) {
      placed.chapters.set(chapter.key, [...(placed.chapters.get(chapter.key) ?? []), error]);
      continue;
    }
    const section = chapter.sections[place.section];
    if (section) placed.sections.set(section.key, [...(placed.sections.get(section.key) ?? []), error]);
  }
  return placed;
}

export const noErrors: PlacedErrors = { sections: new Map(), chapters: new Map(), all: [] };
