import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { users } from '../../test/fixtures';
import { json, mockApi } from '../../test/mockApi';
import { renderApp } from '../../test/render';
import type { Analysis, CellInput } from './api/demand';
import { analysis, cell } from './fixtures';
import { subtotalOf } from './subtotals';
import { historyPage } from '../../test/historyPage';

const ENTRY = '/gemeenten/GM0363/vraaganalyse/2026';
const dakloos = 'Dakloze en thuisloze mensen';
const bw = 'Uitstroom beschermd wonen';
const label = (group: string, form: string, measure: string) => `${group}, ${form}: ${measure}`;
const input = (name: string) => screen.getByRole('textbox', { name });
const grid = () => screen.getByTestId('demand-grid');
/** The subtotal of a group (or the grand total) for one measure, as shown. */
const sumCell = (row: HTMLElement, measure: 'STOCK' | 'INFLOW' | 'MOVES') =>
  row.querySelector<HTMLElement>(`td[data-measure="${measure}"]`)!;
const groupTotal = (code: string) => within(grid().querySelector<HTMLElement>(`tbody[data-target-group="${code}"]`)!).getByTestId('group-total');
const grandTotal = () => within(grid()).getByTestId('grand-total');

function backend(data: Analysis = analysis()) {
  return mockApi({
    'GET /api/v1/me': users.municipalityOfficer,
    'GET /api/v1/demand/municipalities/GM0363/years/2026': data,
    'GET /api/v1/demand/analyses/12/history': historyPage(),
    'PUT /api/v1/demand/analyses/12/cells/dakloos/beschermd/STOCK': ({ body }) =>
      json(cell({ targetGroup: 'dakloos', housingForm: 'beschermd', measure: 'STOCK', ...(body as CellInput), version: 1 })),
  });
}

async function openGrid(data?: Analysis) {
  backend(data);
  const view = renderApp(ENTRY);
  await screen.findByTestId('demand-grid');
  return view;
}

describe('subtotals of the demand grid', () => {
  it('sums only the cells that hold a figure and counts the others as unknown, never as zero', () => {
    expect(subtotalOf(['12', '', '3'], 'nl')).toEqual({ sum: 15, filled: 2, cells: 3 });
    expect(subtotalOf(['0', '1.200'], 'nl')).toEqual({ sum: 1200, filled: 2, cells: 2 });
    expect(subtotalOf(['', 'abc', '2,5'], 'nl')).toEqual({ sum: null, filled: 0, cells: 3 });
  });

  it('shows per group and in total how many cells are filled in, and follows what is typed before it is saved', async () => {
    await openGrid();
    // dakloos: STOCK 120 of 2 cells, INFLOW 90 of 2, MOVES nothing; the other group nothing at all
    expect(sumCell(groupTotal('dakloos'), 'STOCK')).toHaveTextContent('120 (1 van 2 ingevuld)');
    expect(sumCell(groupTotal('dakloos'), 'MOVES')).toHaveTextContent('onbekend (0 van 2 ingevuld)');
    expect(sumCell(groupTotal('uitstroom-bw'), 'STOCK')).toHaveTextContent('onbekend (0 van 2 ingevuld)');
    expect(sumCell(grandTotal(), 'STOCK')).toHaveTextContent('120 (1 van 4 ingevuld)');

    const user = userEvent.setup();
    await user.click(input(label(dakloos, 'Beschermd wonen', 'huidige vraag')));
    await user.keyboard('1500');
    // live, while typing, with thousands separators: the group is complete now, the total is not
    expect(sumCell(groupTotal('dakloos'), 'STOCK')).toHaveTextContent(/^1\.620$/);
    expect(sumCell(grandTotal(), 'STOCK')).toHaveTextContent('1.620 (2 van 4 ingevuld)');

    // not a number yet: unknown again, not zero
    await user.keyboard('x');
    expect(sumCell(groupTotal('dakloos'), 'STOCK')).toHaveTextContent('120 (1 van 2 ingevuld)');
    // a zero is a figure
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}0');
    expect(sumCell(groupTotal('dakloos'), 'STOCK')).toHaveTextContent(/^120$/);
  });

  it('shows a saved figure with thousands separators, and exactly as typed while editing it', async () => {
    const data = analysis();
    data.cells = [cell({ targetGroup: 'dakloos', housingForm: 'zelfstandig', measure: 'STOCK', value: 12345 })];
    await openGrid(data);
    const stock = input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')) as HTMLInputElement;
    expect(stock).toHaveValue('12.345');
    await userEvent.setup().click(stock);
    expect(stock).toHaveValue('12345');
    expect(stock.selectionStart).toBe(0);
    expect(stock.selectionEnd).toBe(5);
  });
});

describe('folding groups of the demand grid', () => {
  it('folds a group up, keeps its subtotal in view, skips it with the arrows and remembers it', async () => {
    const view = await openGrid();
    const user = userEvent.setup();
    const toggle = within(grid()).getByRole('button', { name: dakloos });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: label(dakloos, 'Zelfstandig wonen', 'huidige vraag') })).not.toBeInTheDocument();
    expect(sumCell(groupTotal('dakloos'), 'STOCK')).toHaveTextContent('120 (1 van 2 ingevuld)');

    await user.click(input(label(bw, 'Zelfstandig wonen', 'huidige vraag')));
    await user.keyboard('{ArrowUp}');
    expect(input(label(bw, 'Zelfstandig wonen', 'huidige vraag'))).toHaveFocus();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    // Shift+Tab from the first visible cell goes to its group's button, not into the folded group
    expect(within(grid()).getByRole('button', { name: bw })).toHaveFocus();

    view.unmount();
    render(<></>);
    await openGrid();
    expect(within(grid()).getByRole('button', { name: dakloos })).toHaveAttribute('aria-expanded', 'false');
    await user.click(within(grid()).getByRole('button', { name: dakloos }));
    expect(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'))).toBeInTheDocument();
  });
});

describe('tab stops of the demand grid', () => {
  const cellsIn = () => within(grid()).getAllByRole('textbox');
  const tabStops = () => cellsIn().filter((el) => el.tabIndex >= 0);

  it('makes every cell a tab stop while the figures can be typed', async () => {
    await openGrid();
    expect(cellsIn()).toHaveLength(12);
    expect(tabStops()).toHaveLength(12);
  });

  it('makes a read-only grid one tab stop, moved with the arrows, with every cell still read out', async () => {
    await openGrid(analysis({ status: 'SUBMITTED', editable: false, allowedActions: [] }));
    const user = userEvent.setup();
    expect(cellsIn()).toHaveLength(12);
    expect(tabStops()).toEqual([input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'))]);
    // each cell keeps its name and value for a screen reader
    expect(input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag'))).toHaveValue('120');

    input(label(dakloos, 'Zelfstandig wonen', 'huidige vraag')).focus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    const moved = input(label(dakloos, 'Beschermd wonen', 'nieuwe vraag per jaar'));
    expect(moved).toHaveFocus();
    // the tab stop follows the cell last used; Tab goes on to the next group's button, past its cells
    expect(tabStops()).toEqual([moved]);
    await user.tab();
    expect(within(grid()).getByRole('button', { name: bw })).toHaveFocus();
    await user.tab();
    expect(grid().contains(document.activeElement)).toBe(false);
  });
});
