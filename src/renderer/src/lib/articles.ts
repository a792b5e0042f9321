/** "an AI Programmer", "a Data Manager": the role name with the English indefinite article. */
export function withIndefiniteArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`
}
