import type { Writable } from 'node:stream';

/**
 * Excel exports (issue 11 point 7): sheets of typed columns written with
 * exceljs's streaming workbook writer, so a sheet's rows go out as they are
 * committed rather than building the workbook in memory. Numbers stay numbers
 * (with a Danish-readable format), dates are real dates, the header row is
 * bold and frozen, and the workbook carries the sender as its creator.
 */
export type Cell = string | number | boolean | Date | null;

export interface SheetColumn {
  header: string;
  width?: number;
  /** Excel number format, e.g. '0.00' or 'dd-mm-yyyy'. */
  format?: string;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes the workbook to `out` (the reply's stream) and ends it. */
export async function writeXlsx(out: Writable, sheets: Sheet[], creator: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = creator;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width ?? 18, style: { numFmt: c.format } }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const row of sheet.rows) ws.addRow(row).commit();
    ws.commit();
  }
  await workbook.commit();
}
