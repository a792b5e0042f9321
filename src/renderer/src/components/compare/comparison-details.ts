/** What the user writes about a comparison: the editable part of a saved one. */
export interface ComparisonDetails {
  title: string
  notes: string
  tags: string[]
}
