"""The goals exercise: coach_exercises

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('coach_exercises',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('conversation_id', sa.String(length=80), nullable=False),
    sa.Column('practice_id', sa.String(length=80), nullable=True),
    sa.Column('display_name', sa.String(length=80), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('judged', sa.Integer(), nullable=False),
    sa.Column('right', sa.Integer(), nullable=False),
    sa.Column('rewrites', sa.Integer(), nullable=False),
    sa.Column('rewrites_goal', sa.Integer(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('own_goal', sa.JSON(), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stopped_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['coach_participants.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('coach_exercises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coach_exercises_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coach_exercises_practice_id'), ['practice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coach_exercises_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('coach_exercises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coach_exercises_participant_id'))
        batch_op.drop_index(batch_op.f('ix_coach_exercises_practice_id'))
        batch_op.drop_index(batch_op.f('ix_coach_exercises_conversation_id'))
    op.drop_table('coach_exercises')
