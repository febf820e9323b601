package io.accountable.compliance.policy;

/**
 * Whose death a bereavement gift is for, as seen from the recipient. Rule 3220 leaves a customary
 * bereavement gift outside the limit only for the recipient or their immediate family; which of
 * these relationships are excluded is a setting of the gift policy. {@link #OTHER} (a cousin, a
 * friend, a colleague) is never excluded.
 */
public enum Deceased {
    RECIPIENT, SPOUSE, PARENT, PARENT_IN_LAW, SIBLING, CHILD, OTHER
}
