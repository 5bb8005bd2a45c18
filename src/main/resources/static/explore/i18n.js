// The interface language (ko, zh or en) and names in it. The choice is remembered in localStorage; the first time, the
// server tells which of the three the browser's Accept-Language prefers (explore/language).

export const UI_LANGUAGES = ['ko', 'zh', 'en'];
const STORE_KEY = 'cstkg.explore.lang';
// label language tags tried for a name, by interface language; ko → zh-Hans → en → pinyin after the chosen one
const NAME_ORDER = {
  ko: ['ko', 'zh-Hans', 'zh-Hant', 'zh', 'en', 'zh-Latn-pinyin'],
  zh: ['zh-Hans', 'zh-Hant', 'zh', 'ko', 'en', 'zh-Latn-pinyin'],
  en: ['en', 'ko', 'zh-Hans', 'zh-Hant', 'zh', 'zh-Latn-pinyin'],
};
const HTML_LANG = { ko: 'ko', zh: 'zh-Hans', en: 'en' };

let messages = {};
let lang = 'ko';

export async function loadMessages() {
  const response = await fetch('explore/messages.json');
  messages = await response.json();
}

/** The language to start with: remembered, else the server's reading of Accept-Language, else Korean. */
export async function initialLanguage() {
  const remembered = safeStorage(() => localStorage.getItem(STORE_KEY));
  if (UI_LANGUAGES.includes(remembered)) return remembered;
  try {
    const response = await fetch('explore/language', { headers: { Accept: 'application/json' } });
    const { language } = await response.json();
    if (UI_LANGUAGES.includes(language)) return language;
  } catch { /* Korean */ }
  return 'ko';
}

export function setLanguage(next, remember) {
  if (!UI_LANGUAGES.includes(next)) return;
  lang = next;
  document.documentElement.lang = HTML_LANG[next];
  if (remember) safeStorage(() => localStorage.setItem(STORE_KEY, next));
}

export const language = () => lang;

/** The message for a key in the interface language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const entry = messages[key];
  const text = entry ? entry[lang] || entry.ko || key : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : ''));
}

/** The label language tag to show for a labels map ({ tag: [names] }), by the interface language. */
export function nameLanguage(labels) {
  for (const tag of NAME_ORDER[lang]) if (labels && labels[tag] && labels[tag].length) return tag;
  return labels ? Object.keys(labels).find((tag) => labels[tag] && labels[tag].length) || null : null;
}

/** { text, lang } of an entity's name in the interface language, falling back as NAME_ORDER says. */
export function nameOf(thing) {
  const tag = nameLanguage(thing && thing.labels);
  if (tag) return { text: thing.labels[tag][0], lang: tag };
  return { text: (thing && (thing.label || thing.id)) || '', lang: null };
}

/** Ontology terms: { ko, en, 'zh-Hans' } labels picked by the interface language. */
export function termText(entry, fallback) {
  if (!entry) return fallback;
  const tag = lang === 'zh' ? 'zh-Hans' : lang;
  return entry[tag] || entry.en || entry.ko || fallback;
}

function safeStorage(action) {
  try { return action(); } catch { return null; }
}
