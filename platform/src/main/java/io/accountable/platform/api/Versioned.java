package io.accountable.platform.api;

/**
 * A representation of a resource at one version. Every response whose body is one carries that
 * version as its ETag, and a GET whose If-None-Match names it answers 304 ({@link ConditionalRequests}).
 */
public interface Versioned {

    long version();
}
