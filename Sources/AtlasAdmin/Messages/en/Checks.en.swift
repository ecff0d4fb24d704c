extension AdminEnglish {
    static let checks = #"""
    # A field's value checked before anything is sent (Validator, HTTPURLCheck)
    checks.required = Required.
    checks.hex.badCharacter = Must be {0} hexadecimal digits; character {1} is not.
    checks.hex.digits = Must be {0} hexadecimal digits (0-9, a-f).
    checks.hex.length = Must be {0} hexadecimal digits; this has {1}.
    checks.url.whitespace = A URL cannot contain spaces.
    checks.url.notHTTP = Must start with https:// (or http://).
    checks.url.noHost = The URL needs a host name.
    checks.maxLength = At most {0} characters; this has {1}.
    checks.minLength = At least {0} characters.
    # {0}, {1}: sizes as checks.size.* writes them
    checks.maxBytes = At most {0} (Atlas ignores longer); this is {1}.
    checks.size.kilobytes = {0} KB
    checks.size.bytes = {0} bytes
    # {0}: the field's name inside a sentence ("service key")
    checks.masked.refusal = This is the masked copy Atlas shows, not the {0}: type or paste the real value.
    # Why settings could not be made (SettingsRefusal). {0}: the type or the field's label; {1}: the field's label
    checks.settings.unknownField = {0} has no field {1}.
    checks.settings.notWritable = {0} cannot be set from here.
    checks.settings.wrongKind = {0} has a value of the wrong kind.
    checks.settings.repeated = {0} is given twice.
    """#
}
