extension AdminEnglish {
    static let delivery = #"""
    # A test delivery's report
    delivery.accepted = Accepted: HTTP {0}
    delivery.refused = Refused by the receiver: HTTP {0}
    delivery.redirected = Redirected (HTTP {0}): not followed; give Atlas the final URL.
    delivery.redirected.to = Redirected (HTTP {0} to {1}): not followed; give Atlas the final URL.
    delivery.notaurl = Not a URL this machine can send to.
    delivery.timeout = No answer within {0}: the receiver accepted the connection but stayed silent.
    delivery.connrefused = Connection refused: nothing listens at {0} from this machine.
    delivery.dns = The host of {0} could not be resolved from this machine.
    delivery.tls = The TLS handshake with {0} failed: its certificate is not trusted here (expired, self-signed or for another host).
    delivery.reset = The receiver closed the connection without answering.
    delivery.cutoff = The receiver's answer was cut off.
    delivery.other = The request could not be sent ({0}).

    # What a test delivery needs
    delivery.nodestination = {0} has no destination to send a test to.
    delivery.nourl = Type the {0} to send a test to.
    delivery.nothttp = Not an http(s) URL: a test needs a URL like https://host/path.
    delivery.typedurl = the typed URL
    # Export files (shown when they cannot be written)
    delivery.export.notempty = {0} already holds files; choose another directory (or --replace).
    delivery.export.cannotwrite = Could not write {0}: {1}.
    delivery.export.isfile = it is a file, not a directory
    delivery.export.nomkdir = the directory could not be made
    """#
}
