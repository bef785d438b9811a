/**
 * Is the text English? The share of English function words (natural's stopword
 * list) among its words, and the share of Latin letters. Bullet lists of skills
 * have fewer function words than prose, so the bar is low; other languages and
 * scripts fall well below it.
 */
import { words as STOPWORDS } from 'natural/lib/natural/util/stopwords';

const STOP = new Set(STOPWORDS);
// common words of the main job-posting languages that English never uses
const FOREIGN = new Set(
  (
    'und der die das wir sie für mit ist les des une est pour avec nous vous el los las por para con una somos nosotros och att som het een voor wij di il della per che sono ' +
    'da em com não os uma são também pelo pela w się jest oraz dla że przez jako nie są och är för med til og er ikke ' +
    // Slovenian, Croatian and Serbian; Lithuanian, Latvian and Estonian
    'je za ki na od pri ter iz bo kot smo sa ir kad yra bei mūsų kas uz mūsu lai ja ning kes meie oma või'
  ).split(' '),
);

export interface LanguageGuess {
  english: boolean;
  englishShare: number;
}

export function detectEnglish(text: string): LanguageGuess {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  const words = sample.toLowerCase().match(/[a-z\u00C0-\u024F']+/g) ?? [];
  if (letters === 0) return { english: false, englishShare: 0 };
  let stop = 0;
  let foreign = 0;
  for (const w of words) {
    // one-letter words (a, e, i, o, w, z) are as common in Portuguese or Polish as "a" and "I" in English
    if (w.length < 2) continue;
    if (STOP.has(w)) stop++;
    else if (FOREIGN.has(w)) foreign++;
  }
  const n = Math.max(words.length, 1);
  const englishShare = (stop / n) * (latin / letters);
  if (words.length < 12) return { english: latin / letters > 0.6, englishShare };
  // (a terse list of skills and perks, "Experience with cloud AWS", "Cycle to work", has fewer function words still; with
  // no word of another language among them, a lower share is enough)
  const english = latin / letters > 0.6 && (englishShare >= 0.08 || (foreign === 0 && englishShare >= 0.05)) && foreign / n < stop / n;
  return { english, englishShare };
}
