package io.accountable.client.client;

public enum ClientType {
    INDIVIDUAL, CORPORATE
}
