/**
 * Publish: the one way files reach the site. Everything a build writes is staged under
 * {@code <site>/.plandoc/txn/}, recorded in a journal and then moved into place, so a reader of the
 * site sees each plan's folder whole (its previous version or its new one) and an interrupted build is
 * rolled forward or back by the next one. See {@link plandoc.publish.SitePublisher}.
 */
package plandoc.publish;
