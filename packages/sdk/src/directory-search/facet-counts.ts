import type { PartnerFacet } from '@flywheel/contract';
import type { FacetColumn } from './facet-columns.js';
import type { FacetCount } from './types.js';

const byCountThenValue = (a: FacetCount, b: FacetCount) =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/**
 * Disjunctive facet counts in one pass over the base set: an entry failing no filter counts under
 * every requested facet; one failing exactly one filter counts under that filter's facet only (the
 * facet whose own filter is ignored). `failed` holds each base entry's failed-filter bits.
 */
export function countFacets(
  columns: readonly FacetColumn[],
  base: Int32Array,
  baseCount: number,
  failed: Uint16Array,
  selectedOf: (facet: PartnerFacet) => readonly string[],
): Partial<Record<PartnerFacet, FacetCount[]>> {
  const counts = columns.map((column) => new Int32Array(column.values.length));
  const slotOfBit = new Map(columns.map((column, slot) => [column.bit, slot]));
  let requested = 0;
  for (const column of columns) requested |= column.bit;

  const tally = (slot: number, e: number) => {
    const { countStart, countIds } = columns[slot]!;
    const tallies = counts[slot]!;
    for (let j = countStart[e]!, end = countStart[e + 1]!; j < end; j++) tallies[countIds[j]!]!++;
  };
  for (let i = 0; i < baseCount; i++) {
    const e = base[i]!;
    const mask = failed[e]!;
    if (mask === 0) {
      for (let slot = 0; slot < columns.length; slot++) tally(slot, e);
    } else if ((mask & (mask - 1)) === 0 && (mask & requested) !== 0) {
      tally(slotOfBit.get(mask)!, e);
    }
  }

  const result: Partial<Record<PartnerFacet, FacetCount[]>> = {};
  columns.forEach((column, slot) => {
    const selected = new Set(selectedOf(column.facet));
    const tallies = counts[slot]!;
    const list: FacetCount[] = [];
    column.values.forEach((value, id) => {
      const count = tallies[id]!;
      if (count > 0 || selected.has(value)) list.push({ value, count, selected: selected.has(value) });
    });
    for (const value of selected) {
      if (!column.ids.has(value)) list.push({ value, count: 0, selected: true });
    }
    result[column.facet] = list.sort(byCountThenValue);
  });
  return result;
}
