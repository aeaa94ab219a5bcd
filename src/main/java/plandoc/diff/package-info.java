/**
 * Comparing two versions of a plan kept in git ({@code plandoc diff}): each version is loaded and
 * computed by the normal pipeline, then compared by id ({@link plandoc.diff.PlanComparison}); the
 * comparison is printed for the terminal ({@link plandoc.diff.ComparisonText}) or laid out as the
 * document an officer attaches ({@link plandoc.diff.ComparisonViewBuilder}, rendered by
 * {@link plandoc.diff.ComparisonRenderer} with the render stage's templates and PDF renderer).
 */
package plandoc.diff;
