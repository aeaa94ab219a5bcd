package plandoc.model;

/** An extra summary row after a budget's grand row: the per-member totals of one axis. */
public record TotalsRow(Id axis, Text label) {
}
