import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowedGridOptions {
  /** The element whose box holds the whole (virtual) list. */
  container: () => HTMLElement | null | undefined;
  /** Narrowest card before a column is dropped, in px. */
  minColumnWidth: number;
  /** Rows rendered beyond each edge of the viewport, so keyboard focus and fast scrolls find cards. */
  overscanRows: number;
}

export interface WindowRange {
  /** First and one-past-last item index to render. */
  start: number;
  end: number;
  columns: number;
  /** Row pitch (card height + gap) in px. */
  rowHeight: number;
  /** Offset of the first rendered row, in px. */
  offset: number;
  /** Height of the whole list, in px. */
  height: number;
}

const DEFAULT_ROW_HEIGHT = 232;
const DEFAULT_GAP = 16;

/**
 * Keeps the DOM small for any number of items: only the rows in (or near) the viewport are
 * rendered, inside a box as tall as the whole list. Works with page scrolling and with any
 * scrolling ancestor (it reads the container's position against the viewport). Card height and gap
 * come from `--fw-partner-card-height` and `--fw-partner-directory-gap`, so themes can change them.
 */
export class WindowedGridController implements ReactiveController {
  private columns = 1;
  private rowHeight = DEFAULT_ROW_HEIGHT;
  private firstVisibleRow = 0;
  private visibleRows = 4;
  /** The gap between cards, read with the other sizes in `measure` (reading it while rendering would force a style recalc). */
  private gapPx = DEFAULT_GAP;
  private frame = 0;
  private resizeObserver: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: WindowedGridOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.schedule, { passive: true, capture: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    // Pinch-zoom panning and an on-screen keyboard move the visual viewport without a page scroll.
    window.visualViewport?.addEventListener('resize', this.schedule, { passive: true });
    window.visualViewport?.addEventListener('scroll', this.schedule, { passive: true });
    this.resizeObserver = new ResizeObserver(this.schedule);
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    window.visualViewport?.removeEventListener('resize', this.schedule);
    window.visualViewport?.removeEventListener('scroll', this.schedule);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    // Measure on the next frame: asking for an update from inside one makes Lit warn and re-render twice.
    this.schedule();
  }

  /** The slice to render for `count` items. */
  range(count: number): WindowRange {
    const rows = Math.ceil(count / this.columns);
    const firstRow = Math.max(0, Math.min(rows, this.firstVisibleRow - this.options.overscanRows));
    const lastRow = Math.min(rows, this.firstVisibleRow + this.visibleRows + this.options.overscanRows);
    return {
      start: firstRow * this.columns,
      end: Math.min(count, lastRow * this.columns),
      columns: this.columns,
      rowHeight: this.rowHeight,
      offset: firstRow * this.rowHeight,
      height: Math.max(0, rows * this.rowHeight - this.gapPx),
    };
  }

  /** Scrolls so the item at `index` is rendered and in view (e.g. before returning focus to it). */
  reveal(index: number): void {
    const container = this.options.container();
    if (!container) return;
    const row = Math.floor(index / this.columns);
    this.firstVisibleRow = row;
    const top = container.getBoundingClientRect().top + window.scrollY + row * this.rowHeight;
    window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) });
    this.host.requestUpdate();
  }

  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  private gap(): number {
    const value = parseFloat(getComputedStyle(this.host).getPropertyValue('--fw-partner-directory-gap'));
    return Number.isFinite(value) ? value : DEFAULT_GAP;
  }

  private measure(): void {
    const container = this.options.container();
    if (!container) return;
    const rect = container.getBoundingClientRect();
    const gap = this.gap();
    const card = container.querySelector('.card');
    const cardHeight = card ? card.getBoundingClientRect().height : DEFAULT_ROW_HEIGHT - gap;
    const columns = Math.max(1, Math.floor((rect.width + gap) / (this.options.minColumnWidth + gap)));
    const rowHeight = Math.max(1, Math.round(cardHeight + gap));
    // What shows of the page, in the same coordinates as `rect` (the layout viewport's): the visual
    // viewport, which pinch-zoom and on-screen keyboards shrink and move.
    const visual = window.visualViewport;
    const top = visual ? visual.offsetTop : 0;
    const bottom = visual ? visual.offsetTop + visual.height : window.innerHeight;
    // The rows that intersect it: a list that starts halfway down the screen, or below it, renders
    // only what shows (plus the overscan), not a screenful from its top.
    const firstVisibleRow = Math.max(0, Math.floor((top - rect.top) / rowHeight));
    const visibleRows = Math.max(0, Math.ceil((bottom - rect.top) / rowHeight) - firstVisibleRow);
    if (
      gap !== this.gapPx ||
      columns !== this.columns ||
      rowHeight !== this.rowHeight ||
      firstVisibleRow !== this.firstVisibleRow ||
      visibleRows !== this.visibleRows
    ) {
      this.gapPx = gap;
      this.columns = columns;
      this.rowHeight = rowHeight;
      this.firstVisibleRow = firstVisibleRow;
      this.visibleRows = visibleRows;
      this.host.requestUpdate();
    }
  }
}
