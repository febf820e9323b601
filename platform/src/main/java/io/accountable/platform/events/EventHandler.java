package io.accountable.platform.events;

import java.util.Set;

/**
 * Applies consumed events of some types to a service's own state. A service declares one bean per
 * concern; the consumer calls every handler of an event's type in one transaction, once per event
 * id. A handler that throws gets the event again a few times, then it goes to the dead-letter topic.
 */
public interface EventHandler {

    /** Declared among a handler's types, it gets every event of the topics the service consumes. */
    String EVERY_TYPE = "*";

    Set<String> eventTypes();

    void apply(IncomingEvent event);
}
