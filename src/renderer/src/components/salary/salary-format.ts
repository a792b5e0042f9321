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

/** "1 row", "5,841 rows". */
export function formatRows(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'row' : 'rows'}`
}
