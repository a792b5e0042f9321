// Letters whose spoken name starts with a vowel sound: "an ML Engineer", "an SQL Developer".
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX'

/**
 * "an AI Programmer", "a Data Manager", "an ML Engineer": the role name with the English
 * indefinite article. A name that starts with an initialism is read letter by letter, so its
 * first letter's spoken name decides ("a BI Analyst", "an NLP Engineer").
 */
export function withIndefiniteArticle(name: string): string {
  const initialism = /^[A-Z]{2,}/.exec(name)
  const vowelSound = initialism
    ? VOWEL_SOUND_LETTERS.includes(name.charAt(0))
    : /^[aeiou]/i.test(name)
  return `${vowelSound ? 'an' : 'a'} ${name}`
}
