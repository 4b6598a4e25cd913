## Checking what people type: fields named in messages, and what is refused

field-goals = The goals
field-member-roles = The members' roles
field-place = The place
field-presenter = The presenter
field-raised-by = Raised by
field-mechanism = The mechanism
field-minutes = The minutes
field-role = The role in the forum
error-control-characters = { $field } holds invisible characters (such as direction overrides or control characters). Please type it again without them.
