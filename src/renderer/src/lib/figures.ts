import type { OutlookFigure } from '@shared/domain/role'

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
})

/** "15%" or "$104,000 a year": an outlook figure's value in words a reader expects. */
export function formatFigure(value: number, unit: OutlookFigure['unit']): string {
  return unit === 'percent' ? `${value}%` : `${usd.format(value)} a year`
}
