package io.accountable.platform.api;

/**
 * A change that names the version of the resource it was based on, which the service compares with
 * the current one (409 when they differ). A request carrying one may also send {@code If-Match}
 * with the ETag it read ({@link IfMatchBodies}): the change is then refused with 412 unless the
 * resource is still at that version.
 */
public interface BasedOnVersion {

    /** Null where the resource does not exist yet (a first quota, say). */
    Long version();
}
