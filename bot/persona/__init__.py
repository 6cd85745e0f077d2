"""The teacher: scenarios as data, the teacher's state and how replies are chosen."""
