## Checking what people type: fields named in messages, and what is refused

field-goals = Goals
field-member-roles = Members' roles
field-place = Place
field-presenter = Presenter
field-raised-by = Raised by
field-mechanism = Mechanism
field-minutes = Minutes
field-role = Role in the forum
error-control-characters = { $field } holds invisible characters (such as direction overrides or control characters). Please type it again without them.
