/**
 * Load side: reads a budget table laid out in Excel as officers lay it out and writes the
 * {@code budgets:} entry of plan.yaml for it ({@code plandoc import}); every cell it cannot map is
 * reported with its position, never dropped silently.
 */
package plandoc.importer;
