package io.accountable.notification.delivery;

/** Sends one delivery through its channel; throws {@link DeliveryFailure} when the attempt failed. */
public interface DeliverySender {

    DeliveryChannel channel();

    /** @return the receiver's response status, where the channel has one */
    Integer send(Delivery delivery, int attempt);

    class DeliveryFailure extends RuntimeException {

        private final Integer responseStatus;

        public DeliveryFailure(String message, Integer responseStatus, Throwable cause) {
            super(message, cause);
            this.responseStatus = responseStatus;
        }

        public Integer responseStatus() {
            return responseStatus;
        }
    }
}
