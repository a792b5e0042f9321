const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
})

/** "$123,000". */
export function formatUsd(value: number): string {
  return usd.format(Math.round(value))
}

/** "$98k": short enough for an axis label. */
export function formatUsdShort(value: number): string {
  return `$${Math.round(value / 1000)}k`
}

/** "1 answer", "5,841 answers": each row of the index is one person's survey answer. */
export function formatAnswers(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'answer' : 'answers'}`
}

/** A filter option's count: "none" rather than "0", as the option would leave nothing. */
export function formatOptionCount(count: number): string {
  return count === 0 ? 'none' : count.toLocaleString('en')
}
