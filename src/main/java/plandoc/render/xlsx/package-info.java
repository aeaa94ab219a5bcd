/**
 * The plan's budget tables as an Excel workbook whose totals are live formulas, for finance offices
 * that re-check them (see {@link plandoc.render.xlsx.BudgetWorkbook}).
 */
package plandoc.render.xlsx;
