package org.clinic.notification.delivery;

public enum Channel {
    EMAIL, SMS
}
