// The data editors' words by language; a language without its own falls back to Polish.
import { editorPl } from './editor-pl.js';
import { editorDe } from './editor-de.js';
import { editorEn } from './editor-en.js';
import { editorUk } from './editor-uk.js';
import type { EditorTexts } from './editor-texts.js';

export const EDITOR_TEXTS: Record<string, EditorTexts> = { pl: editorPl, de: editorDe, en: editorEn, uk: editorUk };

export const editorTexts = (lang: string): EditorTexts => EDITOR_TEXTS[lang] ?? editorPl;
