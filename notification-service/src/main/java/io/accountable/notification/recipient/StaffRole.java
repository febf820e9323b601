package io.accountable.notification.recipient;

/** The roles of people outside the executive directory whom notifications reach. */
public enum StaffRole {
    COMPLIANCE_OFFICER,
    ADMIN
}
